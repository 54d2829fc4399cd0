using System.Diagnostics;

namespace TeamsCert.BrowserTests.Portal;

/// <summary>Samples another process's working set every 50 ms until disposed; remembers the baseline and the peak.</summary>
internal sealed class MemorySampler : IAsyncDisposable
{
    private readonly Process _process;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public MemorySampler(int processId)
    {
        _process = Process.GetProcessById(processId);
        _process.Refresh();
        Baseline = Peak = _process.WorkingSet64;
        _loop = Task.Run(SampleAsync);
    }

    public long Baseline { get; }

    public long Peak { get; private set; }

    public int Samples { get; private set; }

    private async Task SampleAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            _process.Refresh();
            Peak = Math.Max(Peak, _process.WorkingSet64);
            Samples++;
            try
            {
                await Task.Delay(50, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
        _process.Dispose();
    }
}
