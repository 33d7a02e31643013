"""Reads favornet export files with networkx as an analyst would, and reports what it saw as JSON.

Usage: python3 read_exports.py FILE...  (.gexf read with read_gexf(version="1.3"), .graphml with
read_graphml). Prints one JSON object: file name -> {"error": message} when networkx refuses the
file, else {"networkx", "directed", "multigraph", "nodes": [[id, label, type]...],
"edges": [[source, target, relationship, directed]...]}, and "_networkx": version and whether the
GEXF 1.3 namespace had to be registered. Run by ExportNetworkxTest.

networkx reads GEXF 1.3 from 3.0 on. Debian bookworm ships 2.8.8 (the CI installs Debian's package),
whose reader is the same but knows the 1.2draft namespace only: there the 1.3 entry is registered
exactly as networkx 3 defines it (the 1.2draft entry with the gexf.net/1.3 namespace).
"""
import json
import sys

import networkx as nx
from networkx.readwrite.gexf import GEXF

REGISTERED_13 = "1.3" not in GEXF.versions
if REGISTERED_13:
    GEXF.versions["1.3"] = {
        "NS_GEXF": "http://gexf.net/1.3",
        "NS_VIZ": "http://gexf.net/1.3/viz",
        "NS_XSI": "http://w3.org/2001/XMLSchema-instance",
        "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
        "VERSION": "1.3",
    }


def describe(g):
    nodes = [[str(n), d.get("label"), d.get("type")] for n, d in g.nodes(data=True)]
    edges = [[str(u), str(v), d.get("relationship"), d.get("directed")] for u, v, d in g.edges(data=True)]
    return {"networkx": nx.__version__, "directed": g.is_directed(), "multigraph": g.is_multigraph(),
            "nodes": nodes, "edges": edges}


def main(paths):
    out = {"_networkx": {"version": nx.__version__, "registeredGexf13": REGISTERED_13}}
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
