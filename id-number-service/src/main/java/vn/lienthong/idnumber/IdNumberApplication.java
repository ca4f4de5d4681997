package vn.lienthong.idnumber;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class IdNumberApplication {

    public static void main(String[] args) {
        SpringApplication.run(IdNumberApplication.class, args);
    }
}
