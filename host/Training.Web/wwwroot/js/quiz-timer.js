// Quiz countdown: shows the time left from the server's deadline (corrected for the difference
// between the server's clock and this computer's) and sends the answers when time is up. The
// server enforces the limit whatever this script does; without script the deadline is shown as text.
(function () {
  "use strict";
  var timer = document.getElementById("quiz-timer");
  var form = document.getElementById("quiz-form");
  if (!timer || !form) { return; }
  var deadline = Date.parse(timer.getAttribute("data-deadline"));
  var serverNow = Date.parse(timer.getAttribute("data-now"));
  if (isNaN(deadline) || isNaN(serverNow)) { return; }
  var skew = serverNow - Date.now();
  var label = timer.getAttribute("data-label") || "";
  var sent = false;
  // Sent a little before the deadline so the request arrives in time.
  var margin = 2000;

  function pad(n) { return n < 10 ? "0" + n : String(n); }

  function tick() {
    var left = deadline - (Date.now() + skew);
    if (left <= margin) {
      timer.textContent = timer.getAttribute("data-expired") || "";
      timer.classList.add("low");
      if (!sent) {
        sent = true;
        if (form.requestSubmit) { form.requestSubmit(); } else { form.submit(); }
      }
      return;
    }
    var seconds = Math.floor(left / 1000);
    timer.textContent = label + " : " + Math.floor(seconds / 60) + ":" + pad(seconds % 60);
    timer.classList.toggle("low", seconds < 60);
    window.setTimeout(tick, 500);
  }

  form.addEventListener("submit", function () { sent = true; });
  tick();
})();
