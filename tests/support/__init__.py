"""Test-only helpers: protocol fakes at the edge and realistic data builders."""
