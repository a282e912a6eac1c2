"Write README.md from nbs/index.ipynb (Quarto, which `nbdev-readme` needs, is not always at hand)."
import json, re, shutil
from pathlib import Path
import nbformat
from nbconvert import MarkdownExporter

root = Path(__file__).resolve().parents[1]
nb = nbformat.read(root/'nbs'/'index.ipynb', as_version=4)
cells = []
for c in nb.cells:
    if c.cell_type == 'code':
        lines = c.source.splitlines()
        if any(re.match(r'#\|\s*hide\b', l) for l in lines): continue
        c.source = '\n'.join(l for l in lines if not l.startswith('#|')).strip()
        c.outputs = [o for o in c.outputs if not (o.output_type == 'stream' and o.get('name') == 'stderr')]
    c.metadata = {}
    cells.append(c)
nb.cells = cells
nb.metadata['language_info'] = {'name': 'python'}
body, res = MarkdownExporter().from_notebook_node(nb, resources=dict(output_files_dir='README_files'))
out = root/'README_files'
shutil.rmtree(out, ignore_errors=True)
for name, data in res.get('outputs', {}).items():
    (root/name).parent.mkdir(parents=True, exist_ok=True); (root/name).write_bytes(data)
body = re.sub(r'\]\((images/)', r'](nbs/\1', body)
(root/'README.md').write_text(body)
print(f'README.md: {len(body):,} characters, {len(res.get("outputs", {}))} images')
