"""Qt-free core of kamdesk: models, services, documents and the database."""
