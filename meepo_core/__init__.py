__version__ = "0.5.0"

from pathlib import Path as _Path
DEMO_MULTILINGUAL = _Path(__file__).parent/'assets'/'demo-multilingual'   # the demo model's multilingual query encoder (a `text_model=`)
