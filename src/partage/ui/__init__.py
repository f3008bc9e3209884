"""The desktop interface: Qt widgets, item models, dialogs and the worker helper.

Only calls ``partage.services``; never imports SQLAlchemy, the models or the storage layer
(``tests/ui/test_layers.py`` checks it).
"""
