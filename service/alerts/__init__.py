"""Alerts for PMs: a scheduled digest of surging ideas, high-MRR requests and failed deliveries."""
