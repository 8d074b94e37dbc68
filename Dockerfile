# One image for every role: `throughline migrate`, `serve` and `worker` (see compose.yaml).
FROM python:3.11-slim
WORKDIR /app
COPY . .
# The CPU build of torch (the pinned version); the default index would bring CUDA with it.
RUN pip install --no-cache-dir --extra-index-url https://download.pytorch.org/whl/cpu .
ENV THROUGHLINE_DATA_DIR=/data THROUGHLINE_HOST=0.0.0.0
EXPOSE 8000
CMD ["throughline", "serve"]
