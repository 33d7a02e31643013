package org.favornet.projection;

import org.favornet.graph.TieKind;

/**
 * What one projected tie is: its type and subtype (the {@code KNOWS} kind, the parent tie's
 * {@code BIRTH}/{@code ADOPTIVE}...), its ends in record direction. Provenance (the records that
 * make the tie) is kept apart, compactly ({@link PersonGraph#provenance}).
 */
public record EdgeInfo(int edge, TieType type, String subtype, int source, int target,
        String sourceId, String targetId) {

    public TieKind kind() {
        return type.kind();
    }
}
