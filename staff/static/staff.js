// The handoff list tells staff when handoffs arrived after it was loaded ("3 new since you loaded"), asking
// the server every 30 seconds; reloading shows them. No library, no third-party address (CSP: 'self').
(function () {
  var box = document.getElementById("new-handoffs");
  if (!box || !window.fetch) return;
  function check() {
    fetch(box.dataset.url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data || !data.new) return;
        var words = data.new + " new handoff" + (data.new === 1 ? "" : "s") + " since you loaded this page";
        if (data.urgent) words += " (" + data.urgent + " urgent)";
        box.textContent = words + ". ";
        var link = document.createElement("a");
        link.href = window.location.href;
        link.textContent = "Show them";
        box.appendChild(link);
        box.hidden = false;
        if (data.urgent) box.classList.add("urgent-box");
      })
      .catch(function () { /* offline for a moment: the next check tries again */ });
  }
  setInterval(check, 30000);
})();
