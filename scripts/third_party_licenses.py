#!/usr/bin/env python3
"""Writes THIRD-PARTY-LICENSES.txt for a package of msgdpia: every crate built into the program
for one target, its version, its licence expression and the licence texts it ships.

Usage: scripts/third_party_licenses.py TARGET OUTPUT   (e.g. x86_64-pc-windows-gnu)

Only the crates linked into the program count: the dependency graph is walked from msgdpia along
normal dependencies only (build scripts, procedural macros' own dependencies and dev-dependencies
are not shipped), as `cargo metadata --filter-platform TARGET` resolves it with the default
features. The texts come from each crate's own source folder (LICENSE*, LICENCE*, COPYING*,
NOTICE*), so no network is needed once the build has fetched the crates. A crate that ships no
licence file is listed with its expression and said to ship none, never silently left out.
"""

import json
import os
import subprocess
import sys

LICENCE_PREFIXES = ("LICENSE", "LICENCE", "COPYING", "NOTICE", "UNLICENSE")


def metadata(target):
    """cargo metadata for TARGET, locked to Cargo.lock."""
    output = subprocess.run(
        ["cargo", "metadata", "--locked", "--format-version", "1", "--filter-platform", target],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output)


def shipped_packages(meta):
    """The ids of the packages linked into msgdpia: normal dependencies, transitively.

    A procedural macro runs in the compiler and is not linked, so neither it nor what it
    depends on is shipped."""
    nodes = {node["id"]: node for node in meta["resolve"]["nodes"]}
    packages = {package["id"]: package for package in meta["packages"]}
    root = meta["resolve"]["root"]
    seen, stack = set(), [root]
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        for dep in nodes[current]["deps"]:
            is_normal = any(kind["kind"] is None for kind in dep["dep_kinds"])
            target = packages[dep["pkg"]]
            is_proc_macro = any("proc-macro" in t["kind"] for t in target["targets"])
            if is_normal and not is_proc_macro:
                stack.append(dep["pkg"])
    seen.discard(root)
    return sorted((packages[i] for i in seen), key=lambda p: (p["name"], p["version"]))


def licence_files(package):
    """The licence files in a crate's source folder, sorted by name."""
    folder = os.path.dirname(package["manifest_path"])
    names = sorted(
        name
        for name in os.listdir(folder)
        if name.upper().startswith(LICENCE_PREFIXES) and os.path.isfile(os.path.join(folder, name))
    )
    return [os.path.join(folder, name) for name in names]


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: third_party_licenses.py TARGET OUTPUT")
    target, output = sys.argv[1], sys.argv[2]
    packages = shipped_packages(metadata(target))
    lines = [
        "Third-party software in msgdpia",
        "",
        f"The program for {target} is built from these {len(packages)} crates. Each is listed",
        "with its version and licence expression, followed by the licence texts it ships.",
        "",
    ]
    lines += [f"- {p['name']} {p['version']}: {p['license'] or 'no licence expression'}" for p in packages]
    for package in packages:
        lines += ["", "=" * 78, f"{package['name']} {package['version']}: {package['license']}", "=" * 78]
        files = licence_files(package)
        if not files:
            lines += ["", "(This crate ships no licence file; its licence is the expression above.)"]
        for path in files:
            with open(path, encoding="utf-8", errors="replace") as text:
                lines += ["", f"--- {os.path.basename(path)} ---", "", text.read().rstrip()]
    with open(output, "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    print(f"{output}: {len(packages)} crates")


if __name__ == "__main__":
    main()
