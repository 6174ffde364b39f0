using System.Buffers;
using System.IO.Pipelines;
using System.Text.Encodings.Web;
using System.Text.Json;
using CareerGraph.GraphQL.Execution;
using CareerGraph.GraphQL.Language;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CareerGraph.GraphQL.Http;

/// <summary>
/// One GraphQL-over-HTTP request: method and media-type checks, parameter reading, execution, and the response
/// streamed with Utf8JsonWriter straight into the response body. Status codes follow the GraphQL over HTTP spec:
/// application/json answers 200 to every well-formed request; application/graphql-response+json answers 4xx when
/// the request failed before execution (no "data") and 2xx once execution started.
/// </summary>
public sealed class GraphQLHttpHandler(GraphQLExecutor executor, GraphQLHttpOptions options, ILogger logger)
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task HandleAsync(HttpContext context, string endpointPath)
    {
        try
        {
            await HandleRequestAsync(context, endpointPath);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away (while sending the body, during execution or while reading the response):
            // nobody is left to answer.
        }
    }

    private async Task HandleRequestAsync(HttpContext context, string endpointPath)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            context.Response.Headers.Allow = "GET, POST";
            await WriteProblemAsync(context, MediaTypes.Json, new RequestProblem(405, $"Method {request.Method} is not allowed; use GET or POST."));
            return;
        }

        string accept = request.Headers.Accept.ToString();
        if (isGet && options.EnableGraphiQL && MediaTypes.AcceptsHtml(accept) && !request.Query.ContainsKey("query"))
        {
            await GraphiQLAssets.WriteIndexAsync(context, endpointPath);
            return;
        }

        var mediaType = MediaTypes.Negotiate(accept);
        if (mediaType is null)
        {
            await WriteProblemAsync(context, MediaTypes.Json, new RequestProblem(406,
                $"None of the acceptable media types ({accept}) can be produced; accept {MediaTypes.GraphQLResponse} or {MediaTypes.Json}."));
            return;
        }

        var (graphQLRequest, problem) = isGet
            ? RequestReader.FromQueryString(name => request.Query.TryGetValue(name, out var v) ? v.ToString() : null)
            : await ReadBodyAsync(context);
        if (problem is not null)
        {
            await WriteProblemAsync(context, mediaType, problem);
            return;
        }

        if (isGet && IsMutation(graphQLRequest!))
        {
            context.Response.Headers.Allow = "POST";
            await WriteProblemAsync(context, mediaType, new RequestProblem(405, "Mutations cannot be sent with GET; use POST."));
            return;
        }

        var result = await executor.ExecuteAsync(graphQLRequest!, options.ContextFactory?.Invoke(context), context.RequestAborted);

        foreach (var error in result.UnexpectedErrors)
            logger.LogError(error.Exception, "Resolver failed at {Path}", string.Join(".", error.Path));

        var status = mediaType == MediaTypes.GraphQLResponse && !result.HasData ? 400 : 200;
        await WriteResultAsync(context, mediaType, status, result);
    }

    private bool IsMutation(GraphQLRequest request)
    {
        var prepared = executor.Prepare(request.Query!);
        return prepared.Document is { } document
            && GraphQLExecutor.SelectOperation(document, request.OperationName, out _) is { Operation: OperationType.Mutation };
    }

    private async Task<(GraphQLRequest?, RequestProblem?)> ReadBodyAsync(HttpContext context)
    {
        var request = context.Request;
        if (!MediaTypes.IsJsonContent(request.ContentType))
            return (null, new RequestProblem(415,
                $"Unsupported content type \"{request.ContentType}\"; send {MediaTypes.Json} (utf-8)."));
        if (request.ContentLength > options.MaxRequestBodyBytes)
            return (null, new RequestProblem(413, $"Request body exceeds {options.MaxRequestBodyBytes} bytes."));

        var reader = request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(context.RequestAborted);
            if (read.Buffer.Length > options.MaxRequestBodyBytes)
            {
                reader.AdvanceTo(read.Buffer.End);
                return (null, new RequestProblem(413, $"Request body exceeds {options.MaxRequestBodyBytes} bytes."));
            }
            if (read.IsCompleted || read.IsCanceled)
            {
                var body = read.Buffer.ToArray();
                reader.AdvanceTo(read.Buffer.End);
                return RequestReader.FromJsonBody(body);
            }
            reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }
    }

    private static Task WriteProblemAsync(HttpContext context, string mediaType, RequestProblem problem) =>
        WriteResultAsync(context, mediaType, problem.StatusCode, ExecutionResult.RequestError(new GraphQLError(problem.Message)));

    private static async Task WriteResultAsync(HttpContext context, string mediaType, int status, ExecutionResult result)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = mediaType + "; charset=utf-8";
        response.Headers.Vary = "Accept";
        PipeWriter body = response.BodyWriter;
        await using (var writer = new Utf8JsonWriter((IBufferWriter<byte>)body, WriterOptions))
            result.WriteTo(writer);
        await body.FlushAsync(context.RequestAborted);
    }
}
