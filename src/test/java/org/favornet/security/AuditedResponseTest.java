package org.favornet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** The audit record is written once, and before the first byte of the body reaches the client. */
class AuditedResponseTest {

    private final MockHttpServletResponse real = new MockHttpServletResponse();
    /** Bytes the client had received at each moment a record was written. */
    private final List<Integer> recordedAt = new ArrayList<>();
    private final AuditedResponse audited = new AuditedResponse(real,
            () -> recordedAt.add(real.getContentAsByteArray().length));

    @Test
    void aSmallBodyIsHeldUntilTheHandlerFinishesAndRecordedFirst() throws Exception {
        audited.setStatus(200);
        audited.getOutputStream().write("{\"a\":1}".getBytes());
        assertThat(real.getContentAsByteArray()).isEmpty();
        audited.finish();
        audited.finish();
        assertThat(recordedAt).containsExactly(0);
        assertThat(real.getContentAsString()).isEqualTo("{\"a\":1}");
    }

    @Test
    void aBodyOutgrowingTheHoldIsRecordedOnceBeforeItsFirstByteGoesOut() throws Exception {
        byte[] chunk = new byte[64 * 1024];
        for (int i = 0; i < 10; i++) {
            audited.getOutputStream().write(chunk);
        }
        audited.finish();
        assertThat(recordedAt).containsExactly(0);
        assertThat(real.getContentAsByteArray()).hasSize(10 * chunk.length);
    }

    @Test
    void aFlushOrAnErrorRecordsBeforeAnythingIsSent() throws Exception {
        audited.getWriter().write("partial");
        audited.flushBuffer();
        audited.getWriter().write(" rest");
        audited.finish();
        assertThat(recordedAt).containsExactly(0);
        assertThat(real.getContentAsString()).isEqualTo("partial rest");

        AuditedResponse failing = new AuditedResponse(new MockHttpServletResponse(), () -> recordedAt.add(-1));
        failing.sendError(404);
        failing.finish();
        assertThat(recordedAt).containsExactly(0, -1);
    }
}
