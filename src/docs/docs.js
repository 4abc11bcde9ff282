// Renders the live contract; "Try it out" calls this same server (the
// contract's server URL is "/"). Kept out of the page so that the page's
// Content-Security-Policy can forbid inline scripts.
//
// The overview's long sections are the guide below the operations (the
// server renders it into the page): above them, Swagger UI shows only the
// introduction, so that the first operation is on the first screen.
const intro = JSON.parse(document.getElementById('intro').textContent);

fetch('/api/openapi.json')
  .then((response) => response.json())
  .then((spec) => {
    spec.info.description = intro;
    window.ui = SwaggerUIBundle({
      spec,
      dom_id: '#swagger-ui',
      deepLinking: true,
      persistAuthorization: true,
      displayRequestDuration: true,
    });
  });
