package com.firstline.platform.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The JSON API of every feature lives under {@code /api}. */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Firstline API",
            version = "1",
            description =
                "Scenario-based leadership lessons for new managers, delivered over LTI 1.3."))
public class ApiApplication extends Application {}
