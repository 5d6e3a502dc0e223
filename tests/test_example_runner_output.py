"""run_example sees what an example prints, even under pytest's own output capture."""

from example_runner import matches, run_example


def test_print_and_logging_output_reach_the_captured_output(tmp_path):
    example = tmp_path / "prints.py"
    example.write_text(
        "import logging, sys\n"
        "print('to stdout')\n"
        "sys.stderr.write('to stderr\\n')\n"
        "log = logging.getLogger('kb-runner-test')\n"
        "log.addHandler(logging.StreamHandler())\n"
        "log.warning('from a logging handler')\n",
        encoding="utf-8",
    )
    result = run_example(example, tmp_path)
    assert result["exception"] is None, result["exception"]
    for text in ("to stdout", "to stderr", "from a logging handler"):
        assert text in result["output"], result["output"]
    assert not matches("something it never printed", result["output"])
