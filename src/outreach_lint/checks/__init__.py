"""Rules that need logic beyond data: name -> "module:function", imported on first use."""

CHECKS = {
    "phone_number": ".checks.phone_number:check",
}
# Checks that compare drafts with each other; they run once per lint run.
CROSS_FILE: set[str] = set()
