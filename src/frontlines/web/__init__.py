"""The dashboard: static pages and scripts served by the API app, map assets from npm."""
