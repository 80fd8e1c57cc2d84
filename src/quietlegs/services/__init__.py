"""The application layer: workflows and read models every face uses; no Qt."""
