package org.favornet.export;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.favornet.export.SubgraphExporter.PreparedExport;
import org.favornet.graph.TieKind;
import org.favornet.security.AuditContext;
import org.favornet.security.Viewer;
import org.favornet.web.ApiProblem;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/leads/{id}/export?format=} and {@code POST /api/exports}: a subgraph as a file.
 * Everything that can refuse (format, seeds, region, limits) is decided first; then the file is
 * written whole to the {@link ExportSpool} and sent with its length from the request thread, so the
 * answer is the complete file or a problem document, and its audit record is written exactly once
 * before the first byte (no asynchronous streaming racing the response wrappers).
 */
@RestController
class ExportController {

    static final String DROPPED_HEADER = "X-Favornet-Dropped-Outside-Region";

    private final SubgraphExporter exporter;
    private final ExportSpool spool;

    ExportController(SubgraphExporter exporter, ExportSpool spool) {
        this.exporter = exporter;
        this.spool = spool;
    }

    /**
     * What {@code POST /api/exports} takes: seeds (ids or refs), hops, tie kinds ({@link TieKind},
     * aliases accepted), format, the circle switch, and for GEXF how edges are declared ({@link EdgeMode}).
     */
    record ExportRequest(List<String> seeds, Integer hops, List<String> ties, String format, Boolean grantsAround,
            String edges) {}

    @GetMapping("/api/leads/{id}/export")
    ResponseEntity<Resource> lead(@PathVariable String id,
            @RequestParam(defaultValue = "graphml") String format, @RequestParam(required = false) String edges) {
        ExportFormat f = format(format);
        EdgeMode mode = edges(edges, f);
        AuditContext.subjects(List.of("lead:" + id));
        return send(exporter.lead(id, f, Viewer.current()).withEdges(mode));
    }

    @PostMapping("/api/exports")
    ResponseEntity<Resource> export(@RequestBody ExportRequest request) {
        ExportFormat f = format(request.format() == null ? "graphml" : request.format());
        EdgeMode mode = edges(request.edges(), f);
        if (request.seeds() == null || request.seeds().isEmpty()) {
            throw ApiProblem.badRequest("problem.detail.export-seeds");
        }
        Set<TieKind> ties = EnumSet.noneOf(TieKind.class);
        if (request.ties() == null || request.ties().isEmpty()) {
            ties.addAll(SubgraphExporter.CIRCLE);
        } else {
            for (String t : request.ties()) {
                ties.add(tie(t));
            }
        }
        int hops = request.hops() == null ? 1 : request.hops();
        Set<TieKind> attach = Boolean.TRUE.equals(request.grantsAround()) ? EnumSet.of(TieKind.GRANT) : Set.of();
        return send(exporter.around(new ArrayList<>(request.seeds()), hops, ties, attach, f, Viewer.current())
                .withEdges(mode));
    }

    private ResponseEntity<Resource> send(PreparedExport export) {
        EvidenceSubgraph g = export.subgraph();
        AuditContext.subjects(g.personIds());
        AuditContext.resultSize((long) g.nodeCount() + g.edgeCount());
        Resource file = spool.spool(export);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(export.format().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(export.filename()).build().toString())
                .header(DROPPED_HEADER, Integer.toString(g.droppedOutsideRegion()))
                .header("X-Favornet-Nodes", Integer.toString(g.nodeCount()))
                .header("X-Favornet-Edges", Integer.toString(g.edgeCount()))
                .body(file);
    }

    private static ExportFormat format(String name) {
        try {
            return ExportFormat.parse(name);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("problem.detail.unknown-format", name, ExportFormat.names());
        }
    }

    /** Null when not asked for; asked for with another format than GEXF, a mistake said before any work. */
    static EdgeMode edges(String name, ExportFormat f) {
        if (name == null) {
            return null;
        }
        try {
            if (f != ExportFormat.GEXF) {
                throw new IllegalArgumentException("'edges' applies to the GEXF format only (" + EdgeMode.names()
                        + ").");
            }
            return EdgeMode.parse(name);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
    }

    private static TieKind tie(String name) {
        try {
            return TieKind.parse(name);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("problem.detail.unknown-tie-kind", name, TieKind.names());
        }
    }
}
