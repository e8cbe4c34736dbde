"""Turn published Domestic Homicide Review action plans (PDF, DOCX, HTML) into data."""
__version__ = "0.1.0"
