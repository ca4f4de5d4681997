package vn.lienthong.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void freePortsAskedForOneAfterTheOtherAreNeverTheSame() {
        List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            ports.add(Ports.free());
        }
        assertThat(ports).doesNotHaveDuplicates().allSatisfy(port -> assertThat(port).isPositive());
    }
}
