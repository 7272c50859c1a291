"""The web app (`copydesk serve`): the report page and the HTTP API. See app.create_app."""
