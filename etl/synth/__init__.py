"""Synthetic release corpus: realistic releases with the facts they state, deterministic for a seed.

Every fact is a pure function of (seed, company, fiscal year), so any release can be rendered on its
own and a corpus of any size streams with constant memory.

- companies: codes (numeric and post-2024 letter codes), names, fiscal year ends, standards, house styles
- model: results, forecast versions, dividends and their dates for one company-year
- timeline: which releases a company-year brings, in date order, walked year by year across companies
- text: dates, amounts in a company's unit, losses, blanks and table shapes
- facts: the expected facts in the contract's shape
- layouts: one module per family (tanshin, tanshin_columns, revision, results_vs_forecast, correction,
  dividend_notice, dividend_revision) on shared pieces (common, grid)
- noise: OCR confusables, mojibake and full-width digits the parser repairs
- writer: the only impure module; writes each release and its NAME.expected.json
"""
