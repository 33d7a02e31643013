package org.favornet.kinship.gedcom;

import java.io.IOException;
import org.favornet.security.Viewer;
import org.favornet.web.ApiProblem;
import org.favornet.web.ProblemKind;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/imports/gedcom?name=royal92}: a GEDCOM file as the body or as multipart
 * {@code file}. A literal path, so Spring prefers it over the ingest feature's
 * {@code /api/imports/{kind}}. Only for officers of all regions (genealogies carry no region).
 */
@RestController
class GedcomController {

    private final GedcomImport gedcom;

    GedcomController(GedcomImport gedcom) {
        this.gedcom = gedcom;
    }

    @PostMapping(path = "/api/imports/gedcom", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    GedcomImport.Report multipart(@RequestPart("file") MultipartFile file,
            @RequestParam(name = "name", required = false) String name) throws IOException {
        requireAllRegions();
        if (file.isEmpty()) {
            throw ApiProblem.badRequest("problem.detail.gedcom-empty");
        }
        return gedcom.load(name != null ? name : file.getOriginalFilename(), file.getBytes());
    }

    @PostMapping("/api/imports/gedcom")
    GedcomImport.Report body(@RequestBody(required = false) byte[] body,
            @RequestParam(name = "name", required = false) String name) {
        requireAllRegions();
        if (body == null || body.length == 0) {
            throw ApiProblem.badRequest("problem.detail.gedcom-missing");
        }
        return gedcom.load(name, body);
    }

    /** GEDCOM persons carry no region, so an officer limited to some regions may not import them. */
    private static void requireAllRegions() {
        if (!Viewer.current().regions().contains("")) {
            // the file is refused, not the user (he may import CSV files of his regions): 422 as for a refused file
            throw new ApiProblem(ProblemKind.FILE_REFUSED, "problem.detail.gedcom-regions");
        }
    }
}
