"""Rules that need logic beyond data. A rule file's `check = "name"` names the module
`outreach_lint.checks.name`; it is imported on first use, so listing rules stays cheap.

A per-draft check defines `check(ctx)`. A rule with `scope = "run"` compares drafts with each
other and defines `fingerprint(ctx)` (called per draft, must be small and picklable) and
`compare(rule, entries, options)` (called once per run with `(index, path, fingerprint)` entries,
yielding `(index, Finding)`).
"""
