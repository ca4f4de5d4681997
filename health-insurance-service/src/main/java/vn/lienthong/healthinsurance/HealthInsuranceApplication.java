package vn.lienthong.healthinsurance;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class HealthInsuranceApplication {

    public static void main(String[] args) {
        SpringApplication.run(HealthInsuranceApplication.class, args);
    }
}
