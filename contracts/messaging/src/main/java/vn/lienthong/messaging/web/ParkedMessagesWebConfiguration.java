package vn.lienthong.messaging.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.RestController;

import vn.lienthong.messaging.MessagingAutoConfiguration;

/** The parked-messages API in a servlet web application, unless switched off. */
@AutoConfiguration(after = MessagingAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(RestController.class)
@ConditionalOnProperty(prefix = "lienthong.messaging.parked-api", name = "enabled", matchIfMissing = true)
@Import({ParkedMessagesController.class, ParkedMessagesProblems.class})
public class ParkedMessagesWebConfiguration {
}
