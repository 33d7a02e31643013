package org.favornet.ingest;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import org.favornet.security.AuditContext;
import org.favornet.security.SourceTextStream;
import org.favornet.security.Viewer;
import org.favornet.web.ApiProblem;
import org.favornet.web.ProblemKind;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/imports/{kind}} (CSV body or multipart {@code file}, {@code ?strict=true}):
 * the report, or 202 and a job for large files; {@code GET /api/imports/jobs/{id}} and
 * {@code .../rejects.csv}, to the officer who ran it and administrators (404 for others). Data
 * officers only (SecurityConfiguration); an officer limited to some regions imports rows of those
 * regions only.
 */
@RestController
@RequestMapping("/api/imports")
class ImportController {

    private final ImportJobs jobs;

    ImportController(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @PostMapping(path = "/{kind}", consumes = {"text/csv", MediaType.APPLICATION_OCTET_STREAM_VALUE, MediaType.TEXT_PLAIN_VALUE})
    ResponseEntity<Object> upload(@PathVariable String kind, @RequestParam(defaultValue = "false") boolean strict,
            @RequestParam(required = false) String filename, HttpServletRequest request) throws IOException {
        RecordKind k = kind(kind);
        Viewer viewer = Viewer.current();
        return answer(() -> jobs.accept(k, filename, strict, request.getInputStream(), viewer));
    }

    @PostMapping(path = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Object> uploadForm(@PathVariable String kind, @RequestParam(defaultValue = "false") boolean strict,
            @RequestPart("file") MultipartFile file) throws IOException {
        RecordKind k = kind(kind);
        Viewer viewer = Viewer.current();
        return answer(() -> jobs.accept(k, file.getOriginalFilename(), strict, file.getInputStream(), viewer));
    }

    @GetMapping("/jobs/{id}")
    ImportJob job(@PathVariable String id) {
        return jobs.job(id, Viewer.current()).orElseThrow(() -> ApiProblem.notFound("problem.detail.import-job-not-found", id));
    }

    @GetMapping(path = "/jobs/{id}/rejects.csv", produces = "text/csv")
    ResponseEntity<Resource> rejects(@PathVariable String id) throws IOException {
        var file = jobs.rejects(id, Viewer.current()).orElseThrow(() -> ApiProblem.notFound(
                "problem.detail.rejects-not-found", id));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"rejects-" + id + ".csv\"")
                .body(Viewer.current().clearData() ? new FileSystemResource(file)
                        : new InputStreamResource(SourceTextStream.open(file)));
    }

    private interface Upload {
        ImportJobs.Accepted run() throws IOException;
    }

    private static ResponseEntity<Object> answer(Upload upload) throws IOException {
        ImportJobs.Accepted accepted;
        try {
            accepted = upload.run();
        } catch (FileRejected e) {
            throw new ApiProblem(ProblemKind.FILE_REFUSED, "problem.detail.as-stated", e.getMessage());
        } catch (ImportJobs.ImportStopped e) {
            throw new ApiProblem(ProblemKind.IMPORT_STOPPED, "problem.detail.as-stated", e.getMessage());
        }
        ImportJob job = accepted.job();
        if (accepted.finished()) {
            AuditContext.resultSize(job.report().rows());
            return ResponseEntity.ok(job.report());
        }
        return ResponseEntity.accepted().location(URI.create("/api/imports/jobs/" + job.id())).body(job);
    }

    private static RecordKind kind(String name) {
        return RecordKind.named(name).orElseThrow(() -> ApiProblem.notFound(
                "problem.detail.record-kind-not-found", name, RecordKind.validNames()));
    }
}
