"Code-shape figures for meepo_core: function lengths, export-cell sizes per notebook, which modules import torch, private access across modules."
import ast, json, re, subprocess, sys
from pathlib import Path
import numpy as np

ROOT = Path(__file__).resolve().parent.parent

def func_lengths(pkg=ROOT/'meepo_core'):
    "Lines of every function and method in the package."
    out = []
    for f in sorted(pkg.glob('*.py')):
        if f.name.startswith('_'): continue
        for n in ast.walk(ast.parse(f.read_text())):
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)): out.append(n.end_lineno - n.lineno + 1)
    return np.array(out)

def export_cells(nb):
    "Line counts (directive line included) of a notebook's export cells."
    cells = json.loads(Path(nb).read_text())['cells']
    src = [''.join(c['source']) for c in cells if c['cell_type'] == 'code']
    return [len(s.strip().splitlines()) for s in src if re.match(r'#\|\s*export', s.lstrip())]

def torch_importers(pkg=ROOT/'meepo_core'):
    "The modules whose import pulls in torch."
    mods = [f.stem for f in sorted(pkg.glob('*.py')) if not f.name.startswith('_')]
    code = "import importlib,sys\nfor m in %r:\n  r=subprocess=None\n" % mods
    out = {}
    for m in mods:
        r = subprocess.run([sys.executable, '-c', f"import sys, meepo_core.{m}; print('torch' in sys.modules, 'transformers.models.clip.modeling_clip' in sys.modules)"],
                           capture_output=True, text=True, cwd=ROOT)
        out[m] = r.stdout.split() if r.returncode == 0 else ['error']
    return out

def private_access(files=('app', 'pipeline', 'search'), pkg=ROOT/'meepo_core'):
    "Lines where these modules reach into another object's connection, store or private names."
    pat = re.compile(r'\b(?!self\b)\w+\.(con|store|fetch)\b(?!\s*=)|\b(?!self\b)\w+\._[a-z]\w*')
    hits = []
    for m in files:
        for i, line in enumerate((pkg/f'{m}.py').read_text().splitlines(), 1):
            code = line.split('#')[0]
            if code.lstrip().startswith(('from ', 'import ')): continue
            if pat.search(code): hits.append(f'{m}.py:{i}: {line.strip()[:110]}')
    return hits

if __name__ == '__main__':
    fl = func_lengths()
    print(f'functions: {len(fl)}, lines median {np.median(fl):.0f}, p90 {np.percentile(fl, 90):.0f}, max {fl.max()}, '
          f'{(fl <= 10).mean():.0%} of them 10 lines or fewer, {(fl > 25).sum()} over 25')
    allc = []
    for nb in sorted((ROOT/'nbs').glob('*.ipynb')):
        c = export_cells(nb); allc += c
        if c: print(f'  {nb.name:24} {len(c):3} export cells, median {np.median(c):4.1f}, p90 {np.percentile(c, 90):5.1f}, max {max(c)}')
    print(f'export cells: {len(allc)}, median {np.median(allc):.1f}, p90 {np.percentile(allc, 90):.1f}')
    if '--imports' in sys.argv:
        for m, v in torch_importers().items(): print(f'  import meepo_core.{m:12} torch={v[0]} clip-model-code={v[-1]}')
    pa = private_access()
    print(f'private access from app/pipeline/search: {len(pa)}'); print('\n'.join('  ' + h for h in pa))
