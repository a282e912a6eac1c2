"Check that every internal link and image of a rendered docs site resolves: `python tools/linkcheck.py _docs`."
import sys, re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit, unquote

class Refs(HTMLParser):
    "The href/src targets and element ids of one HTML page."
    def __init__(self):
        super().__init__(); self.refs, self.ids = [], set()
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get('id'): self.ids.add(a['id'])
        for k in ('href', 'src'):
            if a.get(k) and not (tag == 'link' and a.get('rel') in ('preconnect', 'dns-prefetch')): self.refs.append((tag, a[k]))

def page(p):
    r = Refs(); r.feed(p.read_text(errors='replace')); return r

def check(site):
    site = Path(site).resolve()
    pages = {p: page(p) for p in site.rglob('*.html')}
    bad, n = [], 0
    for p, r in pages.items():
        for tag, ref in r.refs:
            u = urlsplit(ref)
            if u.scheme or ref.startswith(('//', 'mailto:', 'javascript:', 'data:')): continue   # external: not checked
            n += 1
            target = p if not u.path else (site/u.path.lstrip('/') if u.path.startswith('/') else p.parent/unquote(u.path)).resolve()
            if target.is_dir(): target = target/'index.html'
            if not target.exists(): bad.append(f'{p.relative_to(site)}: <{tag}> {ref} (no {target.name})'); continue
            if u.fragment and target.suffix == '.html' and target in pages and unquote(u.fragment) not in pages[target].ids:
                bad.append(f'{p.relative_to(site)}: <{tag}> {ref} (no #{u.fragment})')
    return len(pages), n, bad

if __name__ == '__main__':
    npages, n, bad = check(sys.argv[1] if len(sys.argv) > 1 else '_docs')
    for b in bad: print('broken:', b)
    print(f'link check: {npages} pages, {n} internal links and images, {len(bad)} broken')
    sys.exit(1 if bad or not npages else 0)
