"""Pipeline components. Each is a function `component(doc) -> None` with one job; it reads the
language data in `doc.L` and adds spans to the Doc. `sitrep.pipeline` chains them."""
