"""Tests of gazetteer/_resolve/: the Gazetteer facade (test_gazetteer), countries and divisions
(test_areas), county-level units and context (test_admin2), the query state (test_state)."""
