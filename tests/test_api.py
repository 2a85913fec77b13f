import subprocess
import sys

import geomap


def _run(code: str) -> str:
    """Run code in a fresh interpreter: what `import geomap` loads is per process."""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def test_public_names_are_exported():
    for name in geomap.__all__:
        assert hasattr(geomap, name), name


def test_import_loads_nothing_heavy():
    """`import geomap` (and the CLI module) must not pay for spaCy, geopandas or folium."""
    code = (
        "import sys, geomap, geomap.cli, geomap.gazetteer\n"
        "heavy = ('spacy', 'geopandas', 'folium', 'pandas', 'shapely')\n"
        "print(','.join(m for m in heavy if m in sys.modules))"
    )
    assert _run(code) == ""


def test_heavy_stages_load_on_first_use():
    code = (
        "import sys, geomap\n"
        "assert 'folium' not in sys.modules\n"
        "assert callable(geomap.write_map) and callable(geomap.incidents_frame)\n"
        "print('folium' in sys.modules)"
    )
    assert _run(code) == "True"
