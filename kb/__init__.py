"""The troubleshooting knowledge base's own code: page registry, checks, tools."""
