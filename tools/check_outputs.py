"""Check the notebooks' saved outputs, which are the documentation: no absolute paths of the machine that ran them and
no progress-bar dumps. `python tools/check_outputs.py [--fix] [NB ...]` (default: nbs/*.ipynb); `--fix` drops the
progress bars and library warnings from saved stderr outputs (paths in results must be fixed at their source)."""
import json, re, sys
from pathlib import Path

PATH = re.compile(r'(?<![\w.:/])/(?:tmp|work|root|home|Users|private/var|var/folders)/[^\s\'"]*')
WARNING = re.compile(r'^[^\n]*:\d+: \w*Warning: .*?\n  [^\n]*\n', re.M | re.S)   # a Python warning and the source line it quotes
BAR = re.compile(r'\d+%\|[^|\n]*\|\s*\d+/\d+ \[|\|\s*\d+/\d+ \[\d\d:\d\d')

def _text(o):
    "The text of an output (images left out)."
    if o.get('output_type') == 'stream': return ''.join(o.get('text', ''))
    data = o.get('data', {})
    return ''.join(''.join(v) if isinstance(v, list) else str(v) for k, v in data.items() if not k.startswith('image/')) + \
           ''.join(o.get('traceback', []))

def _unbar(text):
    "`text` without progress-bar lines (a bar redraws itself with carriage returns on one line) and library warnings."
    return WARNING.sub('', ''.join(l for l in text.splitlines(keepends=True) if not BAR.search(l)))

def check(path, fix=False):
    "Problems in the saved outputs of notebook `path`; with `fix`, progress bars are dropped first."
    nb, probs, changed = json.loads(Path(path).read_text()), [], False
    for i, c in enumerate(nb['cells']):
        keep = []
        for o in c.get('outputs', []):
            if fix and o.get('output_type') == 'stream' and o.get('name') == 'stderr' and _unbar(_text(o)) != _text(o):
                changed = True
                if not (t := _unbar(_text(o))).strip(): continue
                o['text'] = t.splitlines(keepends=True)
            t = _text(o)
            if BAR.search(t): probs.append(f'{path}: cell {i} ({c.get("id")}): a progress bar in its output')
            if m := PATH.search(t): probs.append(f'{path}: cell {i} ({c.get("id")}): an absolute path in its output: {m.group(0)[:80]}')
            keep.append(o)
        if 'outputs' in c: c['outputs'] = keep
    if changed: Path(path).write_text(json.dumps(nb, indent=1, ensure_ascii=False) + '\n')
    return probs

if __name__ == '__main__':
    args = sys.argv[1:]; fix = '--fix' in args
    files = [a for a in args if a != '--fix'] or sorted(Path('nbs').glob('*.ipynb'))
    probs = [p for f in files for p in check(f, fix)]
    for p in probs: print(p)
    print(f'saved outputs: {len(files)} notebooks, {len(probs)} problems')
    sys.exit(1 if probs else 0)
