"""The servers the console runs for itself or stand-alone: the local
outbox, the tracking server, the embedded services and the audience simulation.
"""
