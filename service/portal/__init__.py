"""The customer portal: customers post requests, see likely duplicates as they type, vote,
comment and subscribe; PMs switch it on and moderate anonymous posts."""
