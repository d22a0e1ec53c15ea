// mopa.map-point: a click on the map fills the latitude and longitude fields, and a marker shows
// the point. The map is equirectangular: x grows linearly with longitude from west to east, y with
// latitude from north (top) to south. Without this script the trainee types the two numbers.
(function () {
  "use strict";

  function setUp(root) {
    var bounds = (root.getAttribute("data-bounds") || "").split(",").map(Number);
    if (bounds.length !== 4 || bounds.some(isNaN)) { return; }
    var south = bounds[0], west = bounds[1], north = bounds[2], east = bounds[3];
    var image = root.querySelector("[data-map-image]");
    var marker = root.querySelector("[data-map-marker]");
    var lat = root.querySelector("[data-map-lat]");
    var lon = root.querySelector("[data-map-lon]");
    if (!image || !marker || !lat || !lon) { return; }

    function showMarker() {
      var la = parseFloat(String(lat.value).replace(",", "."));
      var lo = parseFloat(String(lon.value).replace(",", "."));
      if (isNaN(la) || isNaN(lo) || la < south || la > north || lo < west || lo > east) {
        marker.hidden = true;
        return;
      }
      marker.style.left = ((lo - west) / (east - west) * image.clientWidth) + "px";
      marker.style.top = ((north - la) / (north - south) * image.clientHeight) + "px";
      marker.hidden = false;
    }

    image.addEventListener("click", function (event) {
      var rect = image.getBoundingClientRect();
      var x = (event.clientX - rect.left) / rect.width;
      var y = (event.clientY - rect.top) / rect.height;
      lat.value = (north - y * (north - south)).toFixed(4);
      lon.value = (west + x * (east - west)).toFixed(4);
      showMarker();
      lat.dispatchEvent(new Event("change", { bubbles: true }));
    });
    lat.addEventListener("input", showMarker);
    lon.addEventListener("input", showMarker);
    window.addEventListener("resize", showMarker);
    if (image.complete) { showMarker(); } else { image.addEventListener("load", showMarker); }
  }

  function start() {
    var roots = document.querySelectorAll("[data-map-point]");
    for (var i = 0; i < roots.length; i++) { setUp(roots[i]); }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
