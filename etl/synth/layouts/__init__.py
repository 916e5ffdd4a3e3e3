"""One module per layout family: each renders a release's text and its expected facts from the model."""
