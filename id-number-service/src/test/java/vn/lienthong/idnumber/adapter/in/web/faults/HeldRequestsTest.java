package vn.lienthong.idnumber.adapter.in.web.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import jakarta.servlet.AsyncContext;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class HeldRequestsTest {

    private final MockHttpServletResponse response = new MockHttpServletResponse();
    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/citizens/070198001234") {
        @Override
        public AsyncContext startAsync() {
            return startAsync(this, response);
        }
    };

    HeldRequestsTest() {
        request.setAsyncSupported(true);
    }

    @Test
    void aHeldRequestIsAnsweredOnlyWhenItsHangIsOverOrAtOnceOnShutdown() {
        HeldRequests held = new HeldRequests();
        held.start();

        held.hold(request, Duration.ofMinutes(10), answer -> answer.setStatus(504));

        assertThat(request.isAsyncStarted()).isTrue();
        assertThat(response.getStatus()).isEqualTo(200);
        held.stop();
        assertThat(response.getStatus()).isEqualTo(504);
        assertThat(request.isAsyncStarted()).as("completed").isFalse();
        assertThat(held.isRunning()).isFalse();
    }

    @Test
    void aRequestHeldWhileStoppedIsAnsweredAtOnce() {
        new HeldRequests().hold(request, Duration.ofMinutes(10), answer -> answer.setStatus(504));

        assertThat(response.getStatus()).isEqualTo(504);
    }
}
