"""Sources: citations (finding, CRF parsing, CSL-JSON), claim->reference links, attribution, framing, profiles."""
