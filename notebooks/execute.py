"""Executes notebooks headless with nbclient, failing on the first error.

    python notebooks/execute.py --out DIR [--save] NOTEBOOK...

--out sets NEWSTRENDS_OUT for the notebooks (the output they read); --save writes the executed
notebook back (how the committed outputs of the RSS worked example were made).
"""
import argparse
import os
import pathlib
import sys

import nbformat
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--save", action="store_true")
    parser.add_argument("--timeout", type=int, default=600)
    parser.add_argument("notebooks", nargs="+")
    args = parser.parse_args()
    os.environ["NEWSTRENDS_OUT"] = str(pathlib.Path(args.out).resolve())
    for name in args.notebooks:
        path = pathlib.Path(name).resolve()
        nb = nbformat.read(path, as_version=4)
        # The kernel listens on loopback only.
        kernel = KernelManager(kernel_name="python3", ip="127.0.0.1")
        client = NotebookClient(
            nb, km=kernel, timeout=args.timeout,
            resources={"metadata": {"path": str(path.parent)}})
        client.execute()
        if args.save:
            nbformat.write(nb, path)
        print(f"executed {path.name}: {len(nb.cells)} cells", file=sys.stderr)


if __name__ == "__main__":
    main()
