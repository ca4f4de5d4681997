package vn.lienthong.idnumber.adapter.in.web.faults;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

/**
 * Lets the fault filter close a connection without any answer, as a crashed back end or a
 * firewall does. The servlet API has no way to do that: an exception becomes a 500 page. So this
 * Tomcat valve, in front of the servlets, leaves each request a handle that tells Tomcat to close
 * the socket at once ({@link ActionCode#CLOSE_NOW}) and to discard whatever is written.
 */
public final class ConnectionDropValve extends ValveBase {

    private static final String HANDLE = ConnectionDropValve.class.getName() + ".drop";

    public ConnectionDropValve() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        request.setAttribute(HANDLE, (Runnable) () -> response.getCoyoteResponse().action(ActionCode.CLOSE_NOW, null));
        getNext().invoke(request, response);
    }

    /** Closes this request's connection with no answer; throws where the valve is not installed. */
    static void drop(ServletRequest request) {
        if (!(request.getAttribute(HANDLE) instanceof Runnable drop)) {
            throw new IllegalStateException("dropping a connection needs Tomcat with the ConnectionDropValve");
        }
        drop.run();
    }
}
