"""One module per resource; ``basma.web.app`` lists their routes in one place."""
