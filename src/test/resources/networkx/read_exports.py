"""Reads favornet export files with networkx as an analyst would, and reports what it saw as JSON.

Usage: python3 read_exports.py FILE...  (.gexf read with read_gexf(version="1.3"), .graphml with
read_graphml). Prints one JSON object: file name -> {"error": message} when networkx refuses the
file, else {"networkx", "directed", "multigraph", "nodes": [[id, label, type]...],
"edges": [[source, target, relationship, directed]...]}. Run by ExportNetworkxTest.
"""
import json
import sys

import networkx as nx


def describe(g):
    nodes = [[str(n), d.get("label"), d.get("type")] for n, d in g.nodes(data=True)]
    edges = [[str(u), str(v), d.get("relationship"), d.get("directed")] for u, v, d in g.edges(data=True)]
    return {"networkx": nx.__version__, "directed": g.is_directed(), "multigraph": g.is_multigraph(),
            "nodes": nodes, "edges": edges}


def main(paths):
    out = {}
    for path in paths:
        try:
            if path.endswith(".gexf"):
                g = nx.read_gexf(path, version="1.3")
            else:
                g = nx.read_graphml(path)
            out[path.rsplit("/", 1)[-1]] = describe(g)
        except nx.NetworkXError as e:
            out[path.rsplit("/", 1)[-1]] = {"error": str(e)}
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1:])
