"""The Playwright moves the browser tests share: open a notebook in JupyterLab and run all its cells."""

from __future__ import annotations

PANEL = ".jp-NotebookPanel:not(.lm-mod-hidden)"
KERNEL_IDLE = "() => /Python 3 \\(ipykernel\\) \\| Idle/.test(document.querySelector('#jp-main-statusbar')?.innerText)"
# True once every code cell shows an execution count, or as soon as any cell shows an error.
RUN_FINISHED = """() => {
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  if (!panel) return false;
  if (panel.querySelector('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')) return true;
  const prompts = [...panel.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')];
  return prompts.length > 0 && prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
}"""


def run_all_cells(page, url: str) -> None:
    """Open the notebook, clear its outputs and run all cells, waiting until every cell ran or one failed."""
    page.goto(url)
    page.wait_for_selector(f"{PANEL} .jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=90_000)
    page.wait_for_function(KERNEL_IDLE, timeout=90_000, polling=250)  # started and connected, not only shown
    page.click(".lm-MenuBar-itemLabel:text-is('Edit')")
    page.click(".lm-Menu-itemLabel:text-is('Clear Outputs of All Cells')")
    page.wait_for_function(f"() => !document.querySelector('{PANEL} .jp-OutputArea-output')", timeout=10_000)
    page.click(".lm-MenuBar-itemLabel:text-is('Run')")
    page.click(".lm-Menu-itemLabel:text-is('Run All Cells')")
    page.wait_for_function(RUN_FINISHED, timeout=120_000, polling=250)
