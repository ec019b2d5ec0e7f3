"""Messages of the demo deliveries: subject, HTML and text in the recipients' languages.

Each message personalises the greeting, lists products in a loop, shows a paragraph only
to members with enough loyalty points (a condition on a custom field that not every
recipient has), and carries the unsubscribe and mirror links the console signs.
"""

from __future__ import annotations

from dataclasses import dataclass

BRAND = "Acme Outdoor"
SITE = "https://www.acme-outdoor.example"


@dataclass(frozen=True)
class Phrases:
    lang: str
    hello: str
    fallback_name: str
    points: str  # {points} is replaced by the template expression
    unsubscribe: str
    mirror: str
    footer: str


PHRASES = {
    "en": Phrases(
        "en",
        "Hello",
        "outdoor friend",
        "You have {points} loyalty points: use them at checkout for extra savings.",
        "Unsubscribe",
        "View this e-mail in your browser",
        "You receive this e-mail because you are an Acme Outdoor customer.",
    ),
    "fr": Phrases(
        "fr",
        "Bonjour",
        "chère cliente, cher client",
        "Vous avez {points} points fidélité : utilisez-les lors de votre commande.",
        "Se désinscrire",
        "Voir cet e-mail dans votre navigateur",
        "Vous recevez cet e-mail car vous êtes client·e d'Acme Outdoor.",
    ),
    "de": Phrases(
        "de",
        "Hallo",
        "liebe Kundin, lieber Kunde",
        "Sie haben {points} Treuepunkte: lösen Sie sie bei Ihrer Bestellung ein.",
        "Abmelden",
        "Diese E-Mail im Browser ansehen",
        "Sie erhalten diese E-Mail, weil Sie Kunde bei Acme Outdoor sind.",
    ),
    "sv": Phrases(
        "sv",
        "Hej",
        "kära kund",
        "Du har {points} bonuspoäng: använd dem i kassan.",
        "Avregistrera",
        "Visa e-postmeddelandet i webbläsaren",
        "Du får detta e-postmeddelande eftersom du är kund hos Acme Outdoor.",
    ),
    "zh_TW": Phrases(
        "zh-Hant-TW",
        "您好",
        "親愛的顧客",
        "您目前有 {points} 點會員積點，結帳時即可折抵。",
        "取消訂閱",
        "在瀏覽器中檢視此郵件",
        "您收到此郵件，是因為您是 Acme Outdoor 的會員。",
    ),
}


@dataclass(frozen=True)
class Product:
    name: str
    price: str
    path: str


@dataclass(frozen=True)
class Message:
    subject: str
    html: str
    text: str


def _jinja_products(products: list[Product]) -> str:
    items = ", ".join(
        f'{{"name": "{p.name}", "price": "{p.price}", "url": "{SITE}{p.path}"}}' for p in products
    )
    return f"{{% set picks = [{items}] %}}"


def message(
    lang: str, subject: str, headline: str, intro: str, products: list[Product], cta: str
) -> Message:
    """A complete message in `lang` (a key of PHRASES), in the house layout."""
    p = PHRASES[lang]
    points = "{{ recipient.loyalty_points }}"
    has_points = (
        "{% if recipient.loyalty_points is defined and recipient.loyalty_points|int >= 500 %}"
    )
    name = f'{{{{ recipient.first_name or "{p.fallback_name}" }}}}'
    html = f"""<!DOCTYPE html>
<html lang="{p.lang}">
<head><meta charset="utf-8"><title>{{{{ delivery.subject }}}}</title></head>
<body style="margin:0;background:#f4f4f0;font-family:Arial,Helvetica,sans-serif;color:#222">
<table role="presentation" width="600" align="center" style="background:#fff;padding:24px">
<tr><td>
<p style="font-size:11px;text-align:right"><a href="{{{{ mirror_url }}}}">{p.mirror}</a></p>
<h1 style="color:#2f5d3a">{headline}</h1>
<p>{p.hello} {name},</p>
<p>{intro}</p>
{_jinja_products(products)}
<table role="presentation" width="100%">
{{% for item in picks %}}
<tr><td><a href="{{{{ item.url }}}}">{{{{ item.name }}}}</a></td><td align="right">{{{{ item.price }}}}</td></tr>
{{% endfor %}}
</table>
{has_points}
<p style="background:#eef5ea;padding:8px">{p.points.format(points=points)}</p>
{{% endif %}}
<p><a href="{SITE}/shop?utm_campaign={{{{ campaign.id }}}}" style="background:#2f5d3a;color:#fff;padding:10px 18px;text-decoration:none">{cta}</a></p>
<p style="font-size:11px;color:#777">{p.footer}<br>
<a href="{{{{ unsubscribe_url }}}}">{p.unsubscribe}</a></p>
</td></tr>
</table>
</body>
</html>
"""  # noqa: E501
    text = f"""{p.hello} {name},

{intro}

{_jinja_products(products)}{{% for item in picks %}}- {{{{ item.name }}}}: {{{{ item.price }}}}
  {{{{ item.url }}}}
{{% endfor %}}
{has_points}{p.points.format(points=points)}
{{% endif %}}
{cta}: {SITE}/shop

{p.footer}
{p.unsubscribe}: {{{{ unsubscribe_url }}}}
"""
    return Message(subject=subject, html=html, text=text)


BROKEN_HTML = """<html><body>
<p>Hello {{ recipient.first_name }},</p>
<p>We have not seen you for a while.</p>
{% if recipient.loyalty_points is defined %}
<p>Your {{ recipient.loyalty_points }} points are waiting.</p>
<p><a href="{{ unsubscribe_url }}">Unsubscribe</a></p>
</body></html>
"""
"""A template whose `{% if %}` is never closed: the demo's Preparation failed delivery."""
